package io.camelkartra.quarkus.it;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.camel.Message;

/** Where the application's consumer routes put what they receive: the body and the headers, in arrival order. */
@ApplicationScoped
@Named("receivedPosts")
public class ReceivedPosts {

    /** One routed post as the route saw it. */
    public record Post(Object body, Map<String, Object> headers) {
    }

    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();

    public void add(Message message) {
        // a copy: headers may hold nulls, and the exchange is reused after the route
        posts.add(new Post(message.getBody(), new HashMap<>(message.getHeaders())));
    }

    /** The next post, waiting at most the given seconds; null when none came. */
    public Post next(long seconds) throws InterruptedException {
        return posts.poll(seconds, TimeUnit.SECONDS);
    }

    /** Whether nothing is waiting. */
    public boolean isEmpty() {
        return posts.isEmpty();
    }
}
