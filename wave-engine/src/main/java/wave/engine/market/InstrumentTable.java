package wave.engine.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;

/** The instruments of a session, each with a dense index used by the hot paths instead of map lookups. */
public final class InstrumentTable {
    private final List<Instrument> instruments = new ArrayList<>();
    private final Map<InstrumentId, Integer> indexById = new HashMap<>();

    /**
     * Adds an instrument and returns its index.
     *
     * @throws IllegalArgumentException if an instrument with the same id is already present
     */
    public int add(Instrument instrument) {
        if (indexById.containsKey(instrument.id())) {
            throw new IllegalArgumentException("instrument " + instrument.id() + " is listed twice");
        }
        indexById.put(instrument.id(), instruments.size());
        instruments.add(instrument);
        return instruments.size() - 1;
    }

    /** Number of instruments. */
    public int size() {
        return instruments.size();
    }

    /** Instrument at an index. */
    public Instrument get(int index) {
        return instruments.get(index);
    }

    /**
     * Index of an instrument.
     *
     * @throws IllegalArgumentException naming the known instruments when the id is unknown
     */
    public int indexOf(InstrumentId id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new IllegalArgumentException("unknown instrument " + id + "; known: " + indexById.keySet());
        }
        return index;
    }

    /** True when the id is known. */
    public boolean contains(InstrumentId id) {
        return indexById.containsKey(id);
    }
}
