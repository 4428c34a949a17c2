package org.shuangbai.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * 指标体系 (e.g. EFFICIENCY 效能监察, ENVIRONMENT 优化发展环境). The column titles are kept as
 * data because the seed's two attachments title the same column differently.
 */
public record IndicatorSystem(
        String code,
        String name,
        String shortName,
        int attachmentNumber,
        BigDecimal total,
        String indicatorColumnTitle,
        String criteriaColumnTitle,
        String vetoPreamble,
        List<Category> categories) {

    public IndicatorSystem {
        categories = List.copyOf(categories);
    }

    public Stream<Indicator> indicators() {
        return categories.stream().flatMap(c -> c.indicators().stream());
    }

    public List<Indicator> indicatorList() {
        return indicators().toList();
    }
}
