package io.leadline.startup;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Writes {@link BuildTimeSettings#RESOURCE} next to the generated context: the values of the settings its bean
 * definitions were decided on. Registered in META-INF/spring/aot.factories.
 */
final class BuildTimeSettingsAotProcessor implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        ConfigurableEnvironment environment = beanFactory.getBean(ConfigurableEnvironment.class);
        BuildTimeSettings settings = BuildTimeSettings.of(ConditionReads.of(environment), environment);
        return (generation, code) -> generation.getGeneratedFiles()
                .addResourceFile(BuildTimeSettings.RESOURCE, settings.toText());
    }
}
