/**
 * JMH benchmarks of Rejoinder against what an application would otherwise use, with fixed-seed
 * synthetic discussions. {@link org.rejoinder.bench.Ratios} runs them and prints ratios taken in
 * the same run.
 */
@NullMarked
package org.rejoinder.bench;

import org.jspecify.annotations.NullMarked;
