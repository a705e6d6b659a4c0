package wave.data.validate;

/** Ordering of row indexes by timestamp, on primitive arrays. */
final class TimeOrder {
    private TimeOrder() {
    }

    /** Sorts row indexes by timestamp, keeping rows with equal timestamps in their current order (merge sort). */
    static void sortStable(int[] order, RawBars rows) {
        int n = order.length;
        long[] keys = new long[n];
        for (int j = 0; j < n; j++) {
            keys[j] = rows.tsNanos(order[j]);
        }
        int[] idx = order;
        long[] key = keys;
        int[] idxTmp = new int[n];
        long[] keyTmp = new long[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    boolean takeLeft = i < mid && (j >= hi || key[i] <= key[j]);
                    int from = takeLeft ? i++ : j++;
                    idxTmp[k] = idx[from];
                    keyTmp[k] = key[from];
                }
            }
            int[] swapIdx = idx;
            idx = idxTmp;
            idxTmp = swapIdx;
            long[] swapKey = key;
            key = keyTmp;
            keyTmp = swapKey;
        }
        if (idx != order) {
            System.arraycopy(idx, 0, order, 0, n);
        }
    }

    /**
     * Marks a longest subsequence of {@code order} whose timestamps never decrease (patience sorting,
     * O(n log n)); the unmarked rows are the fewest to remove to leave the rest in time order.
     */
    static boolean[] longestNonDecreasing(int[] order, RawBars rows) {
        int n = order.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int j = 0; j < n; j++) {
            long ts = rows.tsNanos(order[j]);
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (rows.tsNanos(order[tails[mid]]) <= ts) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[j] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = j;
            if (lo == length) {
                length++;
            }
        }
        boolean[] keep = new boolean[n];
        for (int j = length > 0 ? tails[length - 1] : -1; j >= 0; j = previous[j]) {
            keep[j] = true;
        }
        return keep;
    }
}
