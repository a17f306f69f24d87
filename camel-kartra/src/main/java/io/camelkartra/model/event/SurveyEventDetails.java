package io.camelkartra.model.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code survey} of {@code survey_complete}, with every question and the lead's answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SurveyEventDetails implements KartraEventDetails {

    @JsonProperty("survey_id")
    private String surveyId;
    @JsonProperty("survey_name")
    private String surveyName;
    @JsonProperty("survey_type")
    private Integer surveyType;
    @JsonProperty("survey_score")
    private String surveyScore;
    @JsonProperty("survey_completion_time")
    private Integer surveyCompletionTime;
    @JsonProperty("questions")
    private List<SurveyQuestion> questions;

    public String getSurveyId() {
        return surveyId;
    }

    public String getSurveyName() {
        return surveyName;
    }

    /** Kartra's numeric survey type (its values are not documented). */
    public Integer getSurveyType() {
        return surveyType;
    }

    /** The score as sent (a text in Kartra's docs). */
    public String getSurveyScore() {
        return surveyScore;
    }

    /** The completion time as sent, a number whose unit Kartra does not document. */
    public Integer getSurveyCompletionTime() {
        return surveyCompletionTime;
    }

    /** The questions; empty when none were sent. */
    public List<SurveyQuestion> getQuestions() {
        return questions == null ? List.of() : questions;
    }

    @Override
    public String getDetailId() {
        return surveyId;
    }
}
