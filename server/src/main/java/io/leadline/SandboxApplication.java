package io.leadline;

/**
 * Sandbox mode's application: {@link Application}'s configuration started under a name of its own, so that the build
 * generates sandbox mode's context ahead of time next to the ordinary one (the generated classes are named after the
 * main application class) and {@code leadline sandbox} starts from it too. It adds no configuration; its being a bean
 * marks the context as the sandbox's. Not a component, so the ordinary server never sees it.
 */
public class SandboxApplication {

    /** How the build's ahead-of-time processing starts it, with sandbox mode's settings; people use Application. */
    public static void main(String[] serverArguments) {
        Application.start(SandboxApplication.class, serverArguments);
    }
}
