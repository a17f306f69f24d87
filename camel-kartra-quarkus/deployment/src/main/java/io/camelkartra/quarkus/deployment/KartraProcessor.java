package io.camelkartra.quarkus.deployment;

import io.camelkartra.quarkus.runtime.KartraReadinessCheck;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;

/** Build steps of the Camel Quarkus kartra extension. */
class KartraProcessor {

    static final String FEATURE = "camel-kartra";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** Kartra is HTTPS only: a native image must carry the TLS support (it is left out unless an extension asks). */
    @BuildStep
    ExtensionSslNativeSupportBuildItem activateSslNativeSupport() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }

    /** The component jar carries a Jandex index; this makes sure it is part of the combined index in every app. */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("io.camelkartra", "camel-kartra");
    }

    /**
     * Jackson reads and writes the models (replies, leads, events, IPN) through their constructors, getters, setters
     * and annotated fields, which a native image keeps only when they are registered for reflection.
     */
    @BuildStep
    ReflectiveClassBuildItem registerModelsForReflection(CombinedIndexBuildItem index) {
        return ReflectiveClassBuildItem.builder(KartraModelClasses.in(index.getIndex()))
                .constructors().methods().fields()
                .reason("camel-kartra: Jackson binding of " + KartraModelClasses.MODEL_PACKAGE)
                .build();
    }

    /**
     * The producer health checks in Quarkus's readiness: quarkus-smallrye-health, when the application has it, makes
     * the check a bean; without it nothing consumes this item.
     */
    @BuildStep
    HealthBuildItem readinessCheck() {
        return new HealthBuildItem(KartraReadinessCheck.class.getName(), true);
    }
}
