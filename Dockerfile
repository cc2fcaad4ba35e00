# A small image of lambdalint: the release bundle (a jlink runtime with only the modules lambdalint
# needs, the jar and its class-data-sharing archive) on a slim Debian, run as a non-root user.
#
#   docker build -t lambdalint .
#   docker run --rm -v "$PWD:/src" lambdalint check .
#
# Not built or tested by this repository's suite: the machine that builds the releases has no Docker
# engine (docs/releasing.md). The build stage makes the bundle exactly as the release does.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY . .
RUN ./mvnw -B -ntp -Pdist package -DskipTests -Dlambdalint.dist.skipTests=true \
 && mkdir /bundle \
 && tar -xzf distribution/target/release/lambdalint-*-linux-*.tar.gz -C /bundle --strip-components=1

FROM debian:bookworm-slim
# The bundle's launcher is a bash script; its runtime needs nothing else from the base image.
RUN useradd --system --uid 10001 --home-dir /src --shell /usr/sbin/nologin lambdalint
COPY --from=build /bundle /opt/lambdalint
RUN ln -s /opt/lambdalint/bin/lambdalint /usr/local/bin/lambdalint
LABEL org.opencontainers.image.description="Policy linter for AWS Lambda configuration in CloudFormation, SAM and CDK output" \
      org.opencontainers.image.licenses="Apache-2.0"
USER lambdalint
WORKDIR /src
ENTRYPOINT ["lambdalint"]
CMD ["check", "."]
