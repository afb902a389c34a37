package eu.credentialgateway.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.PluginHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the routes of every adapter root other than the gateway home ({@code gateway.adapters.dir}/routes/*.yaml)
 * before Camel starts; the home's routes come from {@code camel.main.routes-include-pattern}. Done here rather
 * than by a second include pattern because a pattern on a missing folder stops the start, and an unset or
 * missing adapters folder must be fine.
 */
@Component
class AdapterRoutes implements CamelContextConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(AdapterRoutes.class);
    private final AdapterCatalog adapters;

    AdapterRoutes(AdapterCatalog adapters) {
        this.adapters = adapters;
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        List<Path> roots = adapters.roots();
        for (Path root : roots.subList(1, roots.size())) {
            Path routes = root.resolve("routes");
            if (!Files.isDirectory(routes)) {
                continue;
            }
            try (Stream<Path> files = Files.list(routes)) {
                List<Resource> yaml = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                        .map(f -> PluginHelper.getResourceLoader(camel).resolveResource("file:" + f.toAbsolutePath()))
                        .toList();
                PluginHelper.getRoutesLoader(camel).loadRoutes(yaml);
                LOG.info("loaded {} route file(s) from {}", yaml.size(), routes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the routes in " + routes, e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load the routes in " + routes + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing to do once Camel runs
    }
}
