package io.camelkartra.simulator.state;

import java.util.List;
import java.util.Optional;

/** An account's product with its price points; sales can be refunded for {@code refundPeriodDays} days (250). */
public record Product(long id, String name, List<PricePoint> pricePoints, int refundPeriodDays) {

    public Product {
        pricePoints = List.copyOf(pricePoints);
    }

    public Optional<PricePoint> pricePoint(int number) {
        return pricePoints.stream().filter(p -> p.number() == number).findFirst();
    }
}
