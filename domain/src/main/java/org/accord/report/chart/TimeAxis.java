package org.accord.report.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The frame of the charts whose x axis is time: month ticks below the plot, both axis lines and their titles. */
final class TimeAxis {

    private TimeAxis() {
    }

    static void frame(List<Shape> axes, TimeScale time, double left, double right, double plotTop, double bottom,
                      double height, Locale locale, String xAxis, String yAxis) {
        for (LocalDate tick : Ticks.months(time.start(), time.end(), 7)) {
            double at = time.at(tick);
            axes.add(new Shape.Line(at, bottom, at, bottom + 4, Stroke.solid(Palette.MUTED, 1)));
            axes.add(new Shape.Text(at, bottom + 14, Ticks.month(tick, locale), Anchor.MIDDLE, Sketch.TICK_SIZE,
                    false, Palette.MUTED));
        }
        axes.add(new Shape.Line(left, bottom, right, bottom, Stroke.solid(Palette.MUTED, 1)));
        axes.add(new Shape.Line(left, plotTop, left, bottom, Stroke.solid(Palette.MUTED, 1)));
        axes.add(new Shape.Text((left + right) / 2, height - 10, xAxis, Anchor.MIDDLE, Sketch.LABEL_SIZE, false,
                Palette.INK));
        axes.add(new Shape.Text(10, plotTop - 11, yAxis, Anchor.START, Sketch.LABEL_SIZE, false, Palette.INK));
    }
}
