/**
 * Paper trading: a strategy runs on the kernel's live event loop against the simulated exchange, fed by a replay of
 * recorded or synthetic bars paced against the wall clock, with every entry journaled in the store before it takes
 * effect; a restart resumes from the journal.
 */
package wave.app.paper;
