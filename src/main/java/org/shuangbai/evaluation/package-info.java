/**
 * 公共评议 from raw data: the rules (plan data: channels, the columns of each channel's export, the
 * answer → points table, the channels' weights in each 公共评议 indicator), the streaming import of an
 * export into per-unit tallies ({@link org.shuangbai.evaluation.RatingImport}), and the indicator scores
 * computed from the tallies ({@link org.shuangbai.evaluation.PublicScores}). Pure: no SQL, no files written.
 */
package org.shuangbai.evaluation;
