package io.camelkartra.model.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A question of a completed survey, with the lead's answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SurveyQuestion {

    @JsonProperty("question_id")
    private String questionId;
    @JsonProperty("question_title")
    private String questionTitle;
    @JsonProperty("question_correct")
    private Integer questionCorrect;
    @JsonProperty("answers")
    private List<SurveyAnswer> answers;

    public String getQuestionId() {
        return questionId;
    }

    public String getQuestionTitle() {
        return questionTitle;
    }

    /** Kartra's flag as sent: 1 when the lead answered correctly (quizzes), 0 when not. */
    public Integer getQuestionCorrect() {
        return questionCorrect;
    }

    /** Whether {@link #getQuestionCorrect()} is 1. */
    @JsonIgnore
    public boolean isCorrect() {
        return questionCorrect != null && questionCorrect == 1;
    }

    /** The chosen options; empty when none were sent. */
    public List<SurveyAnswer> getAnswers() {
        return answers == null ? List.of() : answers;
    }

    @Override
    public String toString() {
        return "SurveyQuestion[" + questionId + "]";
    }
}
