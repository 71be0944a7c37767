package com.cloudvista.payfast.deploy.cloudformation;

import static com.cloudvista.payfast.deploy.cloudformation.Templates.importOf;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.list;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.map;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.oneOrMany;
import static com.cloudvista.payfast.deploy.cloudformation.Templates.properties;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Least privilege: no wildcard grants anywhere, and the IRSA roles allow exactly what each service uses. */
class IamPolicyTest {

    private record Statement(String where, boolean keyPolicy, Map<String, Object> body) {
    }

    /** Allow statements of every policy document in every template (identity, bucket and key policies). */
    private static List<Statement> allowStatements() {
        List<Statement> statements = new ArrayList<>();
        for (String name : Templates.NAMES) {
            map(Templates.load(name).get("Resources")).forEach((id, value) -> {
                Map<String, Object> resource = map(value);
                Map<String, Object> props = resource.get("Properties") == null ? Map.of()
                        : map(resource.get("Properties"));
                List<Object> documents = new ArrayList<>();
                documents.add(props.get("PolicyDocument"));
                documents.add(props.get("KeyPolicy"));
                // Inline policies of IAM roles/users/groups (a Cognito pool's "Policies" is something else).
                if (props.get("Policies") instanceof List<?>) {
                    list(props.get("Policies")).forEach(p -> documents.add(map(p).get("PolicyDocument")));
                }
                boolean keyPolicy = "AWS::KMS::Key".equals(resource.get("Type"));
                for (Object document : documents) {
                    if (document instanceof Map<?, ?> doc) {
                        list(doc.get("Statement")).stream().map(Templates::map)
                                .filter(s -> "Allow".equals(s.get("Effect")))
                                .forEach(s -> statements.add(new Statement(name + "/" + id, keyPolicy, s)));
                    }
                }
            });
        }
        return statements;
    }

    @Test
    void noAllowStatementGrantsWildcardActions() {
        List<Statement> statements = allowStatements();
        assertThat(statements).hasSizeGreaterThan(5);
        for (Statement statement : statements) {
            assertThat(statement.body()).as(statement.where()).doesNotContainKey("NotAction");
            for (Object action : oneOrMany(statement.body().get("Action"))) {
                assertThat(action).as(statement.where()).isInstanceOf(String.class);
                assertThat((String) action).as(statement.where()).doesNotContain("*");
            }
        }
    }

    /** Resource "*" only where AWS requires it: inside a KMS key policy, where it means "this key". */
    @Test
    void wildcardResourcesOnlyInKeyPolicies() {
        for (Statement statement : allowStatements()) {
            if (!statement.keyPolicy()) {
                assertThat(oneOrMany(statement.body().get("Resource"))).as(statement.where()).doesNotContain("*");
            }
            assertThat(statement.body()).as(statement.where()).doesNotContainKey("NotResource");
        }
    }

    @Test
    void transactionApiWritesLogsReadsAndWritesStatementsAndUsesOnlyTheDataKey() {
        Map<String, Map<String, Object>> bySid = statementsOf("TransactionApiRole");
        assertThat(bySid).containsOnlyKeys("WriteTransactionLogs", "ReadWriteStatements", "PresignUploads",
                "ReadAndDeleteUploads", "TagUploads", "ListStatementsAndUploads", "UseDataKeyThroughS3");
        assertThat(oneOrMany(bySid.get("WriteTransactionLogs").get("Action"))).containsExactly("s3:PutObject");
        assertThat(bySid.get("WriteTransactionLogs").get("Resource")).isEqualTo(Map.of("Fn::Sub", List.of(
                "arn:${AWS::Partition}:s3:::${Bucket}/transactions/*", Map.of("Bucket", importOf("LogsBucketName")))));
        assertThat(oneOrMany(bySid.get("ReadWriteStatements").get("Action")))
                .containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload");
        assertThat(bySid.get("ReadWriteStatements").get("Resource")).isEqualTo(Map.of("Fn::Sub", List.of(
                "arn:${AWS::Partition}:s3:::${Bucket}/statements/*",
                Map.of("Bucket", importOf("ReportsBucketName")))));
        assertThat(oneOrMany(bySid.get("ListStatementsAndUploads").get("Action"))).containsExactly("s3:ListBucket");
        assertThat(bySid.get("ListStatementsAndUploads").get("Condition"))
                .isEqualTo(Map.of("StringLike", Map.of("s3:prefix", List.of("statements/*", "uploads/*"))));
        Object uploads = Map.of("Fn::Sub", List.of("arn:${AWS::Partition}:s3:::${Bucket}/uploads/*",
                Map.of("Bucket", importOf("ReportsBucketName"))));
        assertThat(oneOrMany(bySid.get("PresignUploads").get("Action"))).containsExactly("s3:PutObject");
        assertThat(bySid.get("PresignUploads").get("Resource")).isEqualTo(uploads);
        assertThat(bySid.get("PresignUploads").get("Condition"))
                .isEqualTo(Map.of("StringEquals", Map.of("s3:RequestObjectTag/payfast-state", "pending")));
        assertThat(oneOrMany(bySid.get("ReadAndDeleteUploads").get("Action")))
                .containsExactlyInAnyOrder("s3:GetObject", "s3:DeleteObject");
        assertThat(bySid.get("ReadAndDeleteUploads").get("Resource")).isEqualTo(uploads);
        assertThat(oneOrMany(bySid.get("TagUploads").get("Action"))).containsExactly("s3:PutObjectTagging");
        assertThat(bySid.get("TagUploads").get("Resource")).isEqualTo(uploads);
        assertThat(oneOrMany(bySid.get("UseDataKeyThroughS3").get("Action")))
                .containsExactlyInAnyOrder("kms:GenerateDataKey", "kms:Decrypt");
        assertThat(bySid.get("UseDataKeyThroughS3").get("Resource")).isEqualTo(importOf("DataKmsKeyArn"));
    }

    @Test
    void authApiCallsOnlyItsCognitoActionsOnThePool() {
        Map<String, Map<String, Object>> bySid = statementsOf("AuthApiRole");
        assertThat(bySid).containsOnlyKeys("CognitoCallsOfAuthApi");
        Map<String, Object> statement = bySid.get("CognitoCallsOfAuthApi");
        assertThat(oneOrMany(statement.get("Action"))).containsExactlyInAnyOrder("cognito-idp:SignUp",
                "cognito-idp:ConfirmSignUp", "cognito-idp:InitiateAuth", "cognito-idp:RevokeToken",
                "cognito-idp:GetUser", "cognito-idp:AdminListGroupsForUser");
        assertThat(statement.get("Resource")).isEqualTo(importOf("CognitoUserPoolArn"));
    }

    /** The trust policy is a !Sub JSON string: fill in its placeholders and read it as JSON. */
    @ParameterizedTest
    @CsvSource({"TransactionApiRole, transaction-api", "AuthApiRole, auth-api"})
    void onlyTheServiceAccountOfTheEnvironmentAssumesTheRole(String role, String serviceAccount) {
        List<Object> sub = list(map(properties(Templates.load("iam"), role).get("AssumeRolePolicyDocument"))
                .get("Fn::Sub"));
        assertThat(map(sub.get(1))).containsEntry("ProviderArn", importOf("OidcProviderArn"))
                .containsEntry("Issuer", importOf("OidcIssuer"));
        String json = ((String) sub.get(0)).replace("${ProviderArn}", "arn:provider")
                .replace("${Issuer}", "issuer").replace("${EnvironmentName}", "prod");
        Map<String, Object> statement = map(list(map(CloudFormationYaml.parser().load(json)).get("Statement")).get(0));
        assertThat(statement).containsEntry("Effect", "Allow")
                .containsEntry("Action", "sts:AssumeRoleWithWebIdentity")
                .containsEntry("Principal", Map.of("Federated", "arn:provider"));
        assertThat(statement.get("Condition")).isEqualTo(Map.of("StringEquals", Map.of(
                "issuer:sub", "system:serviceaccount:payfast-prod:" + serviceAccount,
                "issuer:aud", "sts.amazonaws.com")));
    }

    private static Map<String, Map<String, Object>> statementsOf(String role) {
        List<Object> policies = list(properties(Templates.load("iam"), role).get("Policies"));
        assertThat(policies).hasSize(1);
        return list(map(map(policies.get(0)).get("PolicyDocument")).get("Statement")).stream().map(Templates::map)
                .collect(Collectors.toMap(s -> (String) s.get("Sid"), s -> s));
    }
}
