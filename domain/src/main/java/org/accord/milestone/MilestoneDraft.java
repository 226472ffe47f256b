package org.accord.milestone;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.accord.shared.PlainText;
import org.accord.shared.TypedText;
import org.accord.shared.VisibleText;

/** A milestone being added or edited. The baseline is set when it is added; later only a re-baseline moves it. */
public class MilestoneDraft {

    private Long id;
    private long version;

    @VisibleText(message = "{milestone.title.required}")
    @Size(max = 300, message = "{milestone.title.too-long}")
    @PlainText
    private String titleEn = "";

    @VisibleText(message = "{milestone.title.required}")
    @Size(max = 300, message = "{milestone.title.too-long}")
    @PlainText
    private String titleEs = "";

    @Size(max = 4000, message = "{milestone.description.too-long}")
    @PlainText(multiLine = true)
    private String description;

    @NotNull(message = "{milestone.owner.required}")
    private OwnerSide ownerSide = OwnerSide.JOINT;

    @NotNull(message = "{milestone.baseline.required}")
    private LocalDate baselineDate;

    private LocalDate forecastDate;

    @Min(value = 1, message = "{milestone.weight.range}")
    @Max(value = 100, message = "{milestone.weight.range}")
    private int weight = 1;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = TypedText.stripped(titleEn);
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = TypedText.stripped(titleEs);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = TypedText.blankToNull(description);
    }

    public OwnerSide getOwnerSide() {
        return ownerSide;
    }

    public void setOwnerSide(OwnerSide ownerSide) {
        this.ownerSide = ownerSide;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public LocalDate getForecastDate() {
        return forecastDate;
    }

    public void setForecastDate(LocalDate forecastDate) {
        this.forecastDate = forecastDate;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }
}
