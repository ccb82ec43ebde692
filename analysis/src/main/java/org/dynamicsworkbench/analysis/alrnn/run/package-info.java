/**
 * AL-RNN run directories: {@code run.json} (tool "alrnn", format version, parameters, seed, data source,
 * status, versions), an append-only {@code metrics.jsonl} (one JSON object per epoch), and
 * {@code checkpoints/epoch-NNNNNN/} folders (A, W, h, L and the RAdam moments as .npy, the rest of the trainer
 * state in {@code state.json}) completed by an atomic rename. A killed run resumes from its last checkpoint and
 * ends with exactly the parameters of an uninterrupted run. Depends on {@code alrnn}, {@code alrnn.train},
 * {@code io}, {@code system}, {@code integrate} and Jackson (tree model only).
 */
package org.dynamicsworkbench.analysis.alrnn.run;
