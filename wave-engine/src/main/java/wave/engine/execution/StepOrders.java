package wave.engine.execution;

import java.util.Arrays;

/**
 * The working orders due in one time step across instruments, with their instrument index, sorted by the order they
 * were placed (client order id sequence). Reused from step to step: it allocates only when a step has more orders than
 * any before it.
 */
final class StepOrders {
    private WorkingOrder[] orders = new WorkingOrder[16];
    private int[] instruments = new int[16];
    private int size;

    void clear() {
        Arrays.fill(orders, 0, size, null);
        size = 0;
    }

    void add(WorkingOrder order, int instrumentIndex) {
        if (size == orders.length) {
            orders = Arrays.copyOf(orders, size * 2);
            instruments = Arrays.copyOf(instruments, size * 2);
        }
        orders[size] = order;
        instruments[size] = instrumentIndex;
        size++;
    }

    int size() {
        return size;
    }

    WorkingOrder order(int i) {
        return orders[i];
    }

    int instrument(int i) {
        return instruments[i];
    }

    /** Insertion sort by placement (stable; the lists are short and mostly in order already). */
    void sortByPlacement() {
        for (int i = 1; i < size; i++) {
            WorkingOrder order = orders[i];
            int instrument = instruments[i];
            long sequence = order.ticket.id().sequence();
            int j = i - 1;
            while (j >= 0 && orders[j].ticket.id().sequence() > sequence) {
                orders[j + 1] = orders[j];
                instruments[j + 1] = instruments[j];
                j--;
            }
            orders[j + 1] = order;
            instruments[j + 1] = instrument;
        }
    }
}
