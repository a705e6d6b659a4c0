/**
 * Wave's home and its store: {@link wave.store.WaveHome} (where Wave keeps its files), {@link wave.store.StoreUrl}
 * (SQLite in the home, or PostgreSQL), {@link wave.store.Store} (opened and migrated by Flyway, accessed through
 * Jdbi). Feature packages below hold one repository each; {@code wave.store.runs} is the run history. See
 * {@code docs/store.md} for the schema and how to add tables.
 */
package wave.store;
