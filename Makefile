# Thin wrappers around the Maven wrapper; the README's commands are the source of truth.
.PHONY: run test package

run:
	./mvnw spring-boot:run

test:
	./mvnw verify

package:
	./mvnw -DskipTests package
