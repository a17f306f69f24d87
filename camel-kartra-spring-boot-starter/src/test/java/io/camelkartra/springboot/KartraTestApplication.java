package io.camelkartra.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application of the starter's tests: Camel's and the starter's auto-configuration, nothing else. */
@SpringBootApplication
public class KartraTestApplication {
}
