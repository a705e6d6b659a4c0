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
     * Marks a longest subsequence of {@code order} whose timestamps never decrease, preferring earlier rows among
     * equally long ones, in O(n log n); the unmarked rows are the fewest to remove to leave the rest in time order.
     */
    static boolean[] longestNonDecreasing(int[] order, RawBars rows) {
        int n = order.length;
        int[] lengthFrom = new int[n];
        long[] bestStart = new long[n];
        int longest = 0;
        for (int j = n - 1; j >= 0; j--) {
            long ts = rows.tsNanos(order[j]);
            int lo = 0;
            int hi = longest;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (bestStart[mid] >= ts) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            bestStart[lo] = ts;
            lengthFrom[j] = lo + 1;
            longest = Math.max(longest, lo + 1);
        }
        boolean[] keep = new boolean[n];
        long last = Long.MIN_VALUE;
        for (int j = 0, need = longest; j < n && need > 0; j++) {
            long ts = rows.tsNanos(order[j]);
            if (lengthFrom[j] == need && ts >= last) {
                keep[j] = true;
                last = ts;
                need--;
            }
        }
        return keep;
    }
}
