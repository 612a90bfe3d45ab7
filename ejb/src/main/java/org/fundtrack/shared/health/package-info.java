/** MicroProfile Health checks: what a load balancer asks before it sends this instance traffic. */
package org.fundtrack.shared.health;
