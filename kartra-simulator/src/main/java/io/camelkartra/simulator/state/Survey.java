package io.camelkartra.simulator.state;

import java.util.List;

/** A completed survey, as the {@code survey_complete} event reports it (kartra-api.md §7.2 #19). */
public record Survey(long id, String name, int type, String score, int completionTimeSeconds, List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }

    public record Question(long id, String title, boolean correct, List<Answer> answers) {
        public Question {
            answers = List.copyOf(answers);
        }
    }

    public record Answer(long optionId, String value) {
    }
}
