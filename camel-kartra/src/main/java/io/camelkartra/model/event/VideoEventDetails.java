package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code video} of {@code video_play} and {@code video_complete}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class VideoEventDetails implements KartraEventDetails {

    @JsonProperty("video_id")
    private String videoId;
    @JsonProperty("video_name")
    private String videoName;

    public String getVideoId() {
        return videoId;
    }

    public String getVideoName() {
        return videoName;
    }

    @Override
    public String getDetailId() {
        return videoId;
    }
}
