/**
 * Validation of bars as read from a source: ordering, duplicates, gaps, OHLC consistency, prices, volume and
 * return outliers, under a {@link wave.data.validate.ValidationPolicy} (FAIL, DROP or REPAIR), with a
 * {@link wave.data.validate.ValidationReport} of every finding by source line.
 */
package wave.data.validate;
