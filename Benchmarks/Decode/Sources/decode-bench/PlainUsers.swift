// XMLCoder's side of the comparison: the fields of the generated `User` (every element the schema
// declares, in schema order) as a plain Codable struct, each simple type reduced to the Swift type
// it wraps and every enumeration to String, keyed by the XML element name. It is what a hand-written
// XMLCoder client of CUPI would declare.
import Foundation

struct PlainUsers: Codable {
    var total: Int?
    var user: [PlainUser]

    enum CodingKeys: String, CodingKey {
        case total
        case user = "User"
    }
}

struct PlainUser: Codable {
    var uri: String?
    var objectId: String?
    var tenantObjectId: String?
    var useDefaultLanguage: Bool?
    var firstName: String?
    var initials: String?
    var lastName: String?
    var alias: String?
    var city: String?
    var state: String?
    var country: String?
    var postalCode: String?
    var department: String?
    var manager: String?
    var title: String?
    var building: String?
    var employeeId: String?
    var address: String?
    var displayName: String?
    var emailAddress: String?
    var billingId: String?
    var timeZone: Int?
    var creationTime: String?
    var isTemplate: Bool?
    var dtmfNameFirstLast: String?
    var dtmfNameLastFirst: String?
    var cosObjectId: String?
    var cosURI: String?
    var language: Int?
    var locationObjectId: String?
    var locationURI: String?
    var addressMode: Int?
    var clockMode: Int?
    var conversationTui: String?
    var greetByName: Bool?
    var listInDirectory: Bool?
    var isVmEnrolled: Bool?
    var sayCopiedNames: Bool?
    var sayDistributionList: Bool?
    var sayMsgNumber: Bool?
    var saySender: Bool?
    var sayTimestampAfter: Bool?
    var sayTimestampBefore: Bool?
    var sayTotalNew: Bool?
    var sayTotalNewEmail: Bool?
    var sayTotalNewFax: Bool?
    var sayTotalNewVoice: Bool?
    var sayTotalReceipts: Bool?
    var sayTotalSaved: Bool?
    var speed: Int?
    var mediaSwitchObjectId: String?
    var phoneSystemURI: String?
    var undeletable: Bool?
    var useBriefPrompts: Bool?
    var volume: Int?
    var enAltGreetDontRingPhone: Bool?
    var enAltGreetPreventSkip: Bool?
    var enAltGreetPreventMsg: Bool?
    var encryptPrivateMessages: Bool?
    var deletedMessageSortOrder: Int?
    var sayAltGreetWarning: Bool?
    var saySenderExtension: Bool?
    var sayAni: Bool?
    var xferString: String?
    var callAnswerTimeout: Int?
    var callHandlerObjectId: String?
    var callhandlerURI: String?
    var messageTypeMenu: Bool?
    var newMessageSortOrder: Int?
    var savedMessageSortOrder: Int?
    var messageLocatorSortOrder: Int?
    var newMessageStackOrder: String?
    var savedMessageStackOrder: String?
    var enablePersonalRules: Bool?
    var recordUnknownCallerName: Bool?
    var ringPrimaryPhoneFirst: Bool?
    var exitAction: String?
    var exitTargetConversation: String?
    var promptSpeed: Int?
    var exitTargetHandlerObjectId: String?
    var repeatMenu: Int?
    var firstDigitTimeout: Int?
    var interdigitDelay: Int?
    var promptVolume: Int?
    var exitCallActionObjectId: String?
    var addressAfterRecord: Bool?
    var dtmfAccessId: String?
    var confirmDeleteMessage: Bool?
    var confirmDeleteDeletedMessage: Bool?
    var confirmDeleteMultipleMessages: Bool?
    var isClockMode24Hour: Bool?
    var synchScheduleObjectId: String?
    var synchScheduleURI: String?
    var routeNDRToSender: Bool?
    var isSetForVmEnrollment: Bool?
    var voiceNameRequired: Bool?
    var sendBroadcastMsg: Bool?
    var updateBroadcastMsg: Bool?
    var conversationVui: String?
    var conversationName: String?
    var speechCompleteTimeout: Int?
    var speechIncompleteTimeout: Int?
    var useVui: Bool?
    var skipPasswordForKnownDevice: Bool?
    var jumpToMessagesOnLogin: Bool?
    var useDefaultTimeZone: Bool?
    var enableMessageLocator: Bool?
    var dtmfNameFirst: String?
    var dtmfNameLast: String?
    var assistantRowsPerPage: Int?
    var inboxMessagesPerPage: Int?
    var inboxAutoRefresh: Int?
    var inboxAutoResolveMessageRecipients: Bool?
    var pcaAddressBookRowsPerPage: Int?
    var readOnly: Bool?
    var enableTts: Bool?
    var smtpAddress: String?
    var confirmationConfidenceThreshold: Int?
    var announceUpcomingMeetings: Int?
    var speechConfidenceThreshold: Int?
    var speechSpeedVsAccuracy: Int?
    var speechSensitivity: Int?
    var enableVisualMessageLocator: Bool?
    var continuousAddMode: Bool?
    var nameConfirmation: Bool?
    var commandDigitTimeout: Int?
    var saveMessageOnHangup: Bool?
    var sendMessageOnHangup: String?
    var skipForwardTime: Int?
    var skipReverseTime: Int?
    var useShortPollForCache: Bool?
    var searchByExtensionSearchSpaceObjectId: String?
    var searchByExtensionSearchSpaceURI: String?
    var searchByNameSearchSpaceObjectId: String?
    var searchByNameSearchSpaceURI: String?
    var partitionObjectId: String?
    var partitionURI: String?
    var inactive: Bool?
    var useDynamicNameSearchWeight: Bool?
    var ldapType: String?
    var faxServerObjectId: String?
    var faxServerURI: String?
    var mwisURI: String?
    var notificationDevicesURI: String?
    var messageHandlersURI: String?
    var externalServiceAccountsURI: String?
    var alternateExtensionsURI: String?
    var privateListsURI: String?
    var videoServiceAccountsURI: String?
    var userWebPasswordURI: String?
    var userMailboxURI: String?
    var mailboxStoreName: String?
    var userVoicePinURI: String?
    var userRoleURI: String?
    var smtpProxyAddressesURI: String?
    var alternateNamesURI: String?
    var scheduleSetObjectId: String?
    var voiceName: String?
    var dialablePhoneNumber: String?
    var phoneNumber: String?
    var createSmtpProxyFromCorp: Bool?

    enum CodingKeys: String, CodingKey {
        case uri = "URI"
        case objectId = "ObjectId"
        case tenantObjectId = "TenantObjectId"
        case useDefaultLanguage = "UseDefaultLanguage"
        case firstName = "FirstName"
        case initials = "Initials"
        case lastName = "LastName"
        case alias = "Alias"
        case city = "City"
        case state = "State"
        case country = "Country"
        case postalCode = "PostalCode"
        case department = "Department"
        case manager = "Manager"
        case title = "Title"
        case building = "Building"
        case employeeId = "EmployeeId"
        case address = "Address"
        case displayName = "DisplayName"
        case emailAddress = "EmailAddress"
        case billingId = "BillingId"
        case timeZone = "TimeZone"
        case creationTime = "CreationTime"
        case isTemplate = "IsTemplate"
        case dtmfNameFirstLast = "DtmfNameFirstLast"
        case dtmfNameLastFirst = "DtmfNameLastFirst"
        case cosObjectId = "CosObjectId"
        case cosURI = "CosURI"
        case language = "Language"
        case locationObjectId = "LocationObjectId"
        case locationURI = "LocationURI"
        case addressMode = "AddressMode"
        case clockMode = "ClockMode"
        case conversationTui = "ConversationTui"
        case greetByName = "GreetByName"
        case listInDirectory = "ListInDirectory"
        case isVmEnrolled = "IsVmEnrolled"
        case sayCopiedNames = "SayCopiedNames"
        case sayDistributionList = "SayDistributionList"
        case sayMsgNumber = "SayMsgNumber"
        case saySender = "SaySender"
        case sayTimestampAfter = "SayTimestampAfter"
        case sayTimestampBefore = "SayTimestampBefore"
        case sayTotalNew = "SayTotalNew"
        case sayTotalNewEmail = "SayTotalNewEmail"
        case sayTotalNewFax = "SayTotalNewFax"
        case sayTotalNewVoice = "SayTotalNewVoice"
        case sayTotalReceipts = "SayTotalReceipts"
        case sayTotalSaved = "SayTotalSaved"
        case speed = "Speed"
        case mediaSwitchObjectId = "MediaSwitchObjectId"
        case phoneSystemURI = "PhoneSystemURI"
        case undeletable = "Undeletable"
        case useBriefPrompts = "UseBriefPrompts"
        case volume = "Volume"
        case enAltGreetDontRingPhone = "EnAltGreetDontRingPhone"
        case enAltGreetPreventSkip = "EnAltGreetPreventSkip"
        case enAltGreetPreventMsg = "EnAltGreetPreventMsg"
        case encryptPrivateMessages = "EncryptPrivateMessages"
        case deletedMessageSortOrder = "DeletedMessageSortOrder"
        case sayAltGreetWarning = "SayAltGreetWarning"
        case saySenderExtension = "SaySenderExtension"
        case sayAni = "SayAni"
        case xferString = "XferString"
        case callAnswerTimeout = "CallAnswerTimeout"
        case callHandlerObjectId = "CallHandlerObjectId"
        case callhandlerURI = "CallhandlerURI"
        case messageTypeMenu = "MessageTypeMenu"
        case newMessageSortOrder = "NewMessageSortOrder"
        case savedMessageSortOrder = "SavedMessageSortOrder"
        case messageLocatorSortOrder = "MessageLocatorSortOrder"
        case newMessageStackOrder = "NewMessageStackOrder"
        case savedMessageStackOrder = "SavedMessageStackOrder"
        case enablePersonalRules = "EnablePersonalRules"
        case recordUnknownCallerName = "RecordUnknownCallerName"
        case ringPrimaryPhoneFirst = "RingPrimaryPhoneFirst"
        case exitAction = "ExitAction"
        case exitTargetConversation = "ExitTargetConversation"
        case promptSpeed = "PromptSpeed"
        case exitTargetHandlerObjectId = "ExitTargetHandlerObjectId"
        case repeatMenu = "RepeatMenu"
        case firstDigitTimeout = "FirstDigitTimeout"
        case interdigitDelay = "InterdigitDelay"
        case promptVolume = "PromptVolume"
        case exitCallActionObjectId = "ExitCallActionObjectId"
        case addressAfterRecord = "AddressAfterRecord"
        case dtmfAccessId = "DtmfAccessId"
        case confirmDeleteMessage = "ConfirmDeleteMessage"
        case confirmDeleteDeletedMessage = "ConfirmDeleteDeletedMessage"
        case confirmDeleteMultipleMessages = "ConfirmDeleteMultipleMessages"
        case isClockMode24Hour = "IsClockMode24Hour"
        case synchScheduleObjectId = "SynchScheduleObjectId"
        case synchScheduleURI = "SynchScheduleURI"
        case routeNDRToSender = "RouteNDRToSender"
        case isSetForVmEnrollment = "IsSetForVmEnrollment"
        case voiceNameRequired = "VoiceNameRequired"
        case sendBroadcastMsg = "SendBroadcastMsg"
        case updateBroadcastMsg = "UpdateBroadcastMsg"
        case conversationVui = "ConversationVui"
        case conversationName = "ConversationName"
        case speechCompleteTimeout = "SpeechCompleteTimeout"
        case speechIncompleteTimeout = "SpeechIncompleteTimeout"
        case useVui = "UseVui"
        case skipPasswordForKnownDevice = "SkipPasswordForKnownDevice"
        case jumpToMessagesOnLogin = "JumpToMessagesOnLogin"
        case useDefaultTimeZone = "UseDefaultTimeZone"
        case enableMessageLocator = "EnableMessageLocator"
        case dtmfNameFirst = "DtmfNameFirst"
        case dtmfNameLast = "DtmfNameLast"
        case assistantRowsPerPage = "AssistantRowsPerPage"
        case inboxMessagesPerPage = "InboxMessagesPerPage"
        case inboxAutoRefresh = "InboxAutoRefresh"
        case inboxAutoResolveMessageRecipients = "InboxAutoResolveMessageRecipients"
        case pcaAddressBookRowsPerPage = "PcaAddressBookRowsPerPage"
        case readOnly = "ReadOnly"
        case enableTts = "EnableTts"
        case smtpAddress = "SmtpAddress"
        case confirmationConfidenceThreshold = "ConfirmationConfidenceThreshold"
        case announceUpcomingMeetings = "AnnounceUpcomingMeetings"
        case speechConfidenceThreshold = "SpeechConfidenceThreshold"
        case speechSpeedVsAccuracy = "SpeechSpeedVsAccuracy"
        case speechSensitivity = "SpeechSensitivity"
        case enableVisualMessageLocator = "EnableVisualMessageLocator"
        case continuousAddMode = "ContinuousAddMode"
        case nameConfirmation = "NameConfirmation"
        case commandDigitTimeout = "CommandDigitTimeout"
        case saveMessageOnHangup = "SaveMessageOnHangup"
        case sendMessageOnHangup = "SendMessageOnHangup"
        case skipForwardTime = "SkipForwardTime"
        case skipReverseTime = "SkipReverseTime"
        case useShortPollForCache = "UseShortPollForCache"
        case searchByExtensionSearchSpaceObjectId = "SearchByExtensionSearchSpaceObjectId"
        case searchByExtensionSearchSpaceURI = "SearchByExtensionSearchSpaceURI"
        case searchByNameSearchSpaceObjectId = "SearchByNameSearchSpaceObjectId"
        case searchByNameSearchSpaceURI = "SearchByNameSearchSpaceURI"
        case partitionObjectId = "PartitionObjectId"
        case partitionURI = "PartitionURI"
        case inactive = "Inactive"
        case useDynamicNameSearchWeight = "UseDynamicNameSearchWeight"
        case ldapType = "LdapType"
        case faxServerObjectId = "FaxServerObjectId"
        case faxServerURI = "FaxServerURI"
        case mwisURI = "MwisURI"
        case notificationDevicesURI = "NotificationDevicesURI"
        case messageHandlersURI = "MessageHandlersURI"
        case externalServiceAccountsURI = "ExternalServiceAccountsURI"
        case alternateExtensionsURI = "AlternateExtensionsURI"
        case privateListsURI = "PrivateListsURI"
        case videoServiceAccountsURI = "VideoServiceAccountsURI"
        case userWebPasswordURI = "UserWebPasswordURI"
        case userMailboxURI = "UserMailboxURI"
        case mailboxStoreName = "MailboxStoreName"
        case userVoicePinURI = "UserVoicePinURI"
        case userRoleURI = "UserRoleURI"
        case smtpProxyAddressesURI = "SmtpProxyAddressesURI"
        case alternateNamesURI = "AlternateNamesURI"
        case scheduleSetObjectId = "ScheduleSetObjectId"
        case voiceName = "VoiceName"
        case dialablePhoneNumber = "DialablePhoneNumber"
        case phoneNumber = "PhoneNumber"
        case createSmtpProxyFromCorp = "CreateSmtpProxyFromCorp"
    }
}
