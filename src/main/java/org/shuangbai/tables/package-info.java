/**
 * Tables in and out of the tool, in flat memory. Out: one table as .csv and .xlsx
 * ({@link org.shuangbai.tables.TableFiles}), cells that a spreadsheet would run as formulas neutralised
 * ({@link org.shuangbai.tables.SafeText}). In: raw data files from other systems (rating exports,
 * questionnaires, the district's task list), read row by row: the format and text encoding are
 * recognised from the bytes and said ({@link org.shuangbai.tables.RawFiles}), CSV is read with OpenCSV
 * one record at a time and .xlsx with one SAX pass over its first sheet
 * ({@link org.shuangbai.tables.RawRows}). What the rows mean is the business of the stage that reads them
 * (evaluation, the task list).
 */
package org.shuangbai.tables;
