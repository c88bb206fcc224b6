/**
 * Checks the app clients of deploy definitions before deploy: CloudFormation templates (and what
 * {@code cdk synth} writes) and Terraform plans in the JSON of {@code terraform show -json}.
 *
 * <p>{@link io.github.poolclient.deploy.DeployCheck} reads a template or plan given as plain Java
 * values (no I/O), derives for every app client the {@code CreateUserPoolClient} request its
 * properties mean and the pool context the same definition declares, runs the rule chain, and
 * returns a {@link io.github.poolclient.deploy.DeployReport}: the violations in the definition's
 * own terms, and the rules it could not check because a value is known only at deploy time.
 */
@NullMarked
@PoolclientStyle
package io.github.poolclient.deploy;

import io.github.poolclient.model.PoolclientStyle;
import org.jspecify.annotations.NullMarked;
