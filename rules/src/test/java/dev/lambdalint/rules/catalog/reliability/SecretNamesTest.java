package dev.lambdalint.rules.catalog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LL703 stands or falls with these: every name below is a shape seen in real templates. */
class SecretNamesTest {

    @Test
    void takesNamesThatEndInASecretWordForSecrets() {
        for (String name : List.of("DB_PASSWORD", "dbPassword", "MYSQL_PWD", "SMTP_PASS", "ADMIN_PASSPHRASE",
                "JWT_SECRET", "CLIENT_SECRET", "clientSecret", "SLACK_SIGNING_SECRET", "GITHUB_TOKEN", "githubToken",
                "OAuth2Token", "AUTH_TOKEN", "API_KEY", "apiKey", "APIKey", "STRIPE_API_KEY2", "PRIVATE_KEY",
                "AWS_SECRET_ACCESS_KEY", "SECRET_KEY", "APP_KEY", "NEW_RELIC_LICENSE_KEY", "WEBHOOK_SIGNING_KEY",
                "DB_CREDENTIALS", "SERVICE_CREDENTIAL", "SECRET_KEY_BASE", "TOKEN_VALUE", "BASIC_AUTH")) {
            assertThat(SecretNames.looksSecret(name)).as(name).isTrue();
        }
    }

    @Test
    void leavesWhereASecretLivesAndSettingsAboutSecretsAlone() {
        for (String name : List.of("SECRET_ARN", "DB_SECRET_NAME", "DB_SECRET_ID", "PASSWORD_PARAMETER",
                "DB_PASSWORD_SSM_PARAM", "TOKEN_URL", "TOKEN_ENDPOINT", "AUTH_TOKEN_URL", "ACCESS_KEY_ID",
                "SIGNING_KEY_ID", "API_KEY_HEADER", "API_KEY_NAME", "TOKEN_TTL", "TOKEN_EXPIRY_SECONDS",
                "PASSWORD_MIN_LENGTH", "PASSWORD_POLICY", "MAX_TOKENS", "TOKENS_TABLE", "TOKEN_TABLE_NAME",
                "AUTH_MODE", "AUTH", "ENABLE_AUTH", "OAUTH_DOMAIN", "KMS_KEY", "KMS_KEY_ARN", "CACHE_KEY_PREFIX",
                "PARTITION_KEY", "S3_KEY", "KMS_MASTER_KEY", "TOKENIZER_MODEL", "BYPASS_CACHE", "SECRETS_MANAGER_ENDPOINT",
                "WEBHOOK_SECRET_ARN", "CREDENTIALS_SECRET_ID", "PASSWORD_SECRET_ARN")) {
            assertThat(SecretNames.looksSecret(name)).as(name).isFalse();
        }
    }

    @Test
    void splitsNamesIntoLowerCaseWords() {
        assertThat(SecretNames.words("dbPassword2")).containsExactly("db", "password");
        assertThat(SecretNames.words("APIKey")).containsExactly("api", "key");
        assertThat(SecretNames.words("aws.secret-access_KEY")).containsExactly("aws", "secret", "access", "key");
    }
}
