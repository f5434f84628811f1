package io.leadline.startup;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Writes {@link BuildTimeSettings#resourceOf} next to the generated context: the values of the settings its bean
 * definitions were decided on. Registered in META-INF/spring/aot.factories.
 */
final class BuildTimeSettingsAotProcessor implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        ConfigurableEnvironment environment = beanFactory.getBean(ConfigurableEnvironment.class);
        BuildTimeSettings settings = BuildTimeSettings.of(ConditionReads.of(environment), environment);
        String resource = BuildTimeSettings.resourceOf(applicationOf(beanFactory));
        return (generation, code) -> generation.getGeneratedFiles().addResourceFile(resource, settings.toText());
    }

    private static String applicationOf(ConfigurableListableBeanFactory beanFactory) {
        Set<String> beanClasses = Stream.of(beanFactory.getBeanDefinitionNames())
                .map(name -> beanFactory.getBeanDefinition(name).getBeanClassName())
                .filter(Objects::nonNull)
                // a configuration class is its proxy's by now
                .map(name -> name.contains("$$") ? name.substring(0, name.indexOf("$$")) : name)
                .collect(Collectors.toSet());
        return BuildTimeSettings.APPLICATIONS.stream().filter(beanClasses::contains).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Leadline application among the beans"));
    }
}
