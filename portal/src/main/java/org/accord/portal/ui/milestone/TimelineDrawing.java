package org.accord.portal.ui.milestone;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.people.Language;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The timeline of the milestones a filter held, drawn when the browser asks for it, with the asker's rights. */
record TimelineDrawing(MilestonePlan plan, MilestoneFilter filter, Language language, Locale locale,
                       TimelineSvg.Legend legend) implements DownloadHandler {

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        byte[] svg = svg().getBytes(StandardCharsets.UTF_8);
        event.setContentType("image/svg+xml");
        event.setContentLength(svg.length);
        event.getOutputStream().write(svg);
    }

    String svg() {
        List<MilestoneRow> rows = plan.page(filter, PageRequest.of(0, MilestonesView.TIMELINE_LIMIT,
                Sort.by("baselineDate")));
        return TimelineSvg.draw(rows, row -> row.initiativeCode() + " · " + row.title(language), locale,
                LocalDate.now(ZoneOffset.UTC), legend);
    }
}
