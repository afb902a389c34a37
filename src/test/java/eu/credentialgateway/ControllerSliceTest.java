package eu.credentialgateway;

import eu.credentialgateway.access.SliceSecurity;
import eu.credentialgateway.app.GatewayApplication;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@code @WebMvcTest} of one controller's HTTP contract: Spring MVC, the gateway's error advice and the real
 * security rules ({@link SliceSecurity}: one API key per role), without Camel, a database or a server. The services
 * behind the controller are mocked in the test ({@code @MockitoBean}). The gateway's application class is named
 * because it is in {@code app}, which is no parent package of the controllers'.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ContextConfiguration(classes = GatewayApplication.class)
@Import(SliceSecurity.class)
public @interface ControllerSliceTest {
    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
