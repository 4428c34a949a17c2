/**
 * Raw data files from other systems (rating exports, questionnaires, the district's task list), read
 * row by row in flat memory: the format and text encoding are recognised from the bytes and said
 * ({@link org.shuangbai.imports.RawFiles}), CSV is read with OpenCSV one record at a time and .xlsx with
 * one SAX pass over its first sheet ({@link org.shuangbai.imports.RawRows}). What the rows mean is the
 * business of the stage that reads them (evaluation, the task list).
 */
package org.shuangbai.imports;
