package org.shuangbai.plan;

/**
 * The scalars of a plan (settings.properties).
 *
 * @param planCode        identifies this plan in every distributed workbook; change it for a new year
 * @param planDocument    the number of the document that issued the plan, e.g. 朝政办发〔2009〕11号
 * @param office          the office that runs the assessment (区考核领导小组办公室)
 */
public record Settings(
        String planCode,
        int year,
        String district,
        String planTitle,
        String planDocument,
        String office,
        ScoringRules scoring,
        NoticeSettings notice,
        FormSettings forms) {
}
