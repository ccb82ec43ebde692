package org.dynamicsworkbench.workbench;

/** Entry point of the runnable jar. Does not extend {@code Application} (classpath launch of JavaFX). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Dynamics Workbench");
    }
}
