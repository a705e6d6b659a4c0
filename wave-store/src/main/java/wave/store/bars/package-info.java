/**
 * The market-data store: bar series imported from files, kept in chunks of delta-varint encoded columns, with the
 * provenance of every import ({@link wave.store.bars.BarRepository}).
 */
package wave.store.bars;
