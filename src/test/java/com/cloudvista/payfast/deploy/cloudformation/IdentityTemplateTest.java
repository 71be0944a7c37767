package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class IdentityTemplateTest {

    private final Map<String, Object> identity = Templates.load("identity");

    @Test
    void passwordPolicyMatchesTheApplication() {
        Map<String, Object> pool = properties(identity, "UserPool");
        assertThat(map(map(pool.get("Policies")).get("PasswordPolicy"))).containsEntry("MinimumLength", 12)
                .containsEntry("RequireUppercase", true).containsEntry("RequireLowercase", true)
                .containsEntry("RequireNumbers", true).containsEntry("RequireSymbols", true);
        assertThat(list(pool.get("UsernameAttributes"))).containsExactly("email");
    }

    @Test
    void adminGroupAndContractScopes() {
        assertThat(properties(identity, "AdminGroup")).containsEntry("GroupName", "admin")
                .containsEntry("UserPoolId", ref("UserPool"));
        Map<String, Object> server = properties(identity, "ApiResourceServer");
        assertThat(server.get("Identifier")).isEqualTo("payfast");
        assertThat(list(server.get("Scopes"))).extracting(s -> map(s).get("ScopeName"))
                .containsExactlyInAnyOrder("wallets.read", "transactions.read", "transactions.write", "reports.read");
        assertThat(list(properties(identity, "WebClient").get("AllowedOAuthScopes"))).contains(
                "payfast/wallets.read", "payfast/transactions.read", "payfast/transactions.write",
                "payfast/reports.read");
    }

    @Test
    void webClientIsPublicAndServerClientUsesPasswordAuthWithASecret() {
        Map<String, Object> web = properties(identity, "WebClient");
        assertThat(web).containsEntry("GenerateSecret", false);
        assertThat(list(web.get("AllowedOAuthFlows"))).containsExactly("code");
        assertThat(list(web.get("ExplicitAuthFlows"))).doesNotContain("ALLOW_USER_PASSWORD_AUTH");

        Map<String, Object> server = properties(identity, "ServerClient");
        assertThat(server).containsEntry("GenerateSecret", true);
        assertThat(list(server.get("ExplicitAuthFlows")))
                .containsExactlyInAnyOrder("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
    }

    @Test
    void callbackUrlsStayOutOfTheAuthPathThatCloudFrontSendsToTheAlb() {
        for (String environment : Templates.ENVIRONMENTS) {
            for (String url : Templates.parameters(environment).get("WebCallbackUrls").split(",")) {
                assertThat(url).startsWith("https://").doesNotContain("/auth/").doesNotContain("/api/");
            }
        }
    }

    @Test
    void hostedDomainIsOutput() {
        assertThat(properties(identity, "UserPoolDomain")).containsEntry("UserPoolId", ref("UserPool"));
        assertThat(map(map(identity.get("Outputs")).get("CognitoDomain")).get("Value"))
                .isEqualTo(Map.of("Fn::Sub", "${UserPoolDomain}.auth.${AWS::Region}.amazoncognito.com"));
    }
}
