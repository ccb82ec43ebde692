/**
 * The "Concept space" tool (Park et al. 2024; spec section 3): train or open runs of the {@code concepts} experiment
 * (a conditional DDPM on the 2x2 vector concept task with the corner (1,1) held out), average several seeds, and read
 * on one timeline each prompt's trajectory through concept space (smoothed along checkpoints), the over-prompted
 * held-out prompt beside the naive one, each concept's learning time, the sudden turns and the speed |dC/dt|. State
 * codec, figure specs for headless export, view model and view.
 */
package org.dynamicsworkbench.plugins.concepts;
