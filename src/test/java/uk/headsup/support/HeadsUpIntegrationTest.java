package uk.headsup.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on its embedded PostgreSQL, with the demo county, in a data directory of its own
 * under {@code target/test-data}. Tests with the same annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {"headsup.data-dir=target/test-data/${random.uuid}", "headsup.mailing.worker-interval=100ms"})
@AutoConfigureMockMvc
public @interface HeadsUpIntegrationTest {}
