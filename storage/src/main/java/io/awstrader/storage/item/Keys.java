package io.awstrader.storage.item;

/**
 * The item layout in one place: partition key {@code accountId}, sort key {@code resourceId}. Every prefix query
 * reads items of one kind only, which is why versions and chunk parts have prefixes of their own rather than
 * sitting under their owner's key (listing bots must not read every version's code, listing backtests must not
 * read megabytes of parts).
 *
 * <pre>
 * accountId               resourceId
 * &lt;account&gt;               ACCOUNT
 * EMAIL#&lt;email&gt;           EMAIL                          (uniqueness of sign-up emails)
 * &lt;account&gt;               SESSION#&lt;sha256(token)&gt;
 * &lt;account&gt;               BOT#&lt;bot&gt;
 * &lt;account&gt;               VERSION#&lt;bot&gt;#&lt;major&gt;.&lt;minor&gt;
 * &lt;account&gt;               BACKTEST#&lt;bot&gt;#&lt;backtest&gt;
 * &lt;account&gt;               EXCHANGE#&lt;exchange account&gt;
 * &lt;account&gt;               DEPLOYMENT#&lt;deployment&gt;
 * &lt;account&gt;               PART#&lt;owner resourceId&gt;#&lt;generation&gt;#&lt;n&gt;   (chunks of a large payload)
 * CANDLES#&lt;ex&gt;#&lt;pair&gt;#&lt;iv&gt; &lt;bucket start, 15 digits&gt;
 * </pre>
 */
public final class Keys {
    public static final String ACCOUNT = "ACCOUNT";
    public static final String EMAIL = "EMAIL";

    private Keys() {
    }

    public static String emailPartition(String normalizedEmail) {
        return "EMAIL#" + normalizedEmail;
    }

    public static String session(String tokenHash) {
        return "SESSION#" + tokenHash;
    }

    public static final String SESSION_PREFIX = "SESSION#";
    public static final String BOT_PREFIX = "BOT#";
    public static final String EXCHANGE_PREFIX = "EXCHANGE#";
    public static final String DEPLOYMENT_PREFIX = "DEPLOYMENT#";
    public static final String PART = "PART#";

    public static String bot(String botId) {
        return BOT_PREFIX + botId;
    }

    public static String versionPrefix(String botId) {
        return "VERSION#" + botId + "#";
    }

    public static String version(String botId, int major, int minor) {
        return versionPrefix(botId) + major + "." + minor;
    }

    public static String backtestPrefix(String botId) {
        return "BACKTEST#" + botId + "#";
    }

    public static String backtest(String botId, String backtestId) {
        return backtestPrefix(botId) + backtestId;
    }

    public static String exchange(String exchangeId) {
        return EXCHANGE_PREFIX + exchangeId;
    }

    public static String deployment(String deploymentId) {
        return DEPLOYMENT_PREFIX + deploymentId;
    }

    /** All parts of all generations of the payload owned by {@code ownerResourceId}. */
    public static String partPrefix(String ownerResourceId) {
        return PART + ownerResourceId + "#";
    }

    /** The text after the last {@code #}: the id at the end of a sort key. */
    public static String lastSegment(String resourceId) {
        return resourceId.substring(resourceId.lastIndexOf('#') + 1);
    }
}
