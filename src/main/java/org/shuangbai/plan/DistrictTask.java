package org.shuangbai.plan;

import java.util.List;

/**
 * One task the district gave its units for the year (区政府折子工程, 经济工作折子工程, 为群众办实事项目,
 * 民生任务分解, 电子政务, 消防安全…): every unit that leads or shares it must register it for 效能监察
 * (section 五(一) of the plan).
 *
 * @param partnerCodes the units sharing it (配合单位), by code
 * @param deadline     完成时限 as the district wrote it (a date or words such as 2009年底)
 */
public record DistrictTask(String id, String source, String text, String leadCode, List<String> partnerCodes,
                           String deadline) {

    public DistrictTask {
        partnerCodes = List.copyOf(partnerCodes);
    }

    /** Whether the unit leads or shares this task. */
    public boolean concerns(String unitCode) {
        return leadCode.equals(unitCode) || partnerCodes.contains(unitCode);
    }

    /** Whether the unit leads it (else it shares it). */
    public boolean ledBy(String unitCode) {
        return leadCode.equals(unitCode);
    }
}
