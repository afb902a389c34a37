package eu.credentialgateway.jsonld;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link ContextDocuments} for the whole gateway, so the context files are read and parsed once, not per stage. */
@Configuration(proxyBeanMethods = false)
public class JsonLdWiring {
    @Bean
    ContextDocuments contextDocuments(@Value("${gateway.serialise.context-dir:${gateway.home:.}/" + ContextDocuments.FOLDER + "}") Path folder) {
        return ContextDocuments.fromFolder(folder);
    }
}
