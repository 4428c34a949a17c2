package org.shuangbai.plan;

/**
 * Shape of the distributed workbooks.
 *
 * @param templateVersion bumped whenever the layout changes, carried in every workbook's identity
 * @param registrationRows input rows offered on the 效能监察立项表
 * @param ledgerRows       input rows offered on the 挂帐问题项目表
 */
public record FormSettings(String templateVersion, int registrationRows, int ledgerRows) {
}
