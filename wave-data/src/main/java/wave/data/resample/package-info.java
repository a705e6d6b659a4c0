/** Resampling bars into longer bars along a trading calendar's sessions ({@link wave.data.resample.Resampler}). */
package wave.data.resample;
