package org.convene.portal.client;

/** A service answered with a problem (4xx): the caller decides what the visitor sees. */
public class ServiceProblem extends RuntimeException {

    private final Problem problem;

    public ServiceProblem(Problem problem) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
