package io.camelkartra.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.time.LocalDateTime;

/** The simulator's JSON mapper: API replies and the admin API; dates as ISO-8601 strings. */
final class SimulatorJson {

    private SimulatorJson() {
    }

    static ObjectMapper create() {
        SimpleModule time = new SimpleModule("simulator-time");
        time.addSerializer(Instant.class, ToStringSerializer.instance);
        time.addSerializer(LocalDateTime.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(time);
    }
}
