package wave.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recorded interactions by content address, in memory (the journal-backed store comes with the journal port). */
public final class ReplayStore {
    private final Map<String, Interaction> byKey = new LinkedHashMap<>();

    /** Records an interaction; a later one under the same key replaces the earlier. */
    public synchronized void put(Interaction interaction) {
        byKey.put(interaction.key(), interaction);
    }

    /** The interaction recorded under the key, if any. */
    public synchronized Optional<Interaction> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every recorded interaction, in the order first recorded. */
    public synchronized List<Interaction> all() {
        return new ArrayList<>(byKey.values());
    }

    public synchronized int size() {
        return byKey.size();
    }
}
