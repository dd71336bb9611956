/**
 * Identity: customers sign up and log in here, and every module in the process trusts the
 * access tokens this module signs.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package dev.carve.shop.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
