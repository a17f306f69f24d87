<?php
// Writes the expected Kartra request bodies of the encoder tests: what PHP's http_build_query (the encoding of every
// Kartra sample) produces for each PHP array below. The Java tests build the same logical call through the component
// and compare byte for byte. Run from camel-kartra/:  php src/test/php/generate-wire-fixtures.php
// and commit src/test/resources/wire/*.txt; the tests themselves do not need PHP.

$credentials = array('app_id' => 'AbCdEfGhIjKl', 'api_key' => 'xYz12345', 'api_password' => 'pAsSwOrD1234');

$cases = array(
    // kartra-api.md 1.4, verbatim
    'sample-create-chain' => $credentials + array(
        'lead' => array('email' => 'john.smith@example.com', 'first_name' => 'John', 'last_name' => 'Smith',
            'custom_fields' => array(
                '0' => array('field_identifier' => 'text1', 'field_value' => 'text message'),
                '1' => array('field_identifier' => 'checkbox1', 'field_value' => array('620', '621')))),
        'actions' => array(
            '0' => array('cmd' => 'create_lead'),
            '1' => array('cmd' => 'assign_tag', 'tag_name' => 'VIP Customer'),
            '2' => array('cmd' => 'subscribe_lead_to_list', 'list_name' => 'Newsletter'))),

    'get-lead-email' => $credentials + array('get_lead' => array('email' => 'john.smith@example.com')),

    'get-lead-id' => $credentials + array('get_lead' => array('id' => '4174086')),

    'assign-tag-special-characters' => $credentials + array(
        'lead' => array('email' => 'o\'brien+tag@example.co.uk'),
        'actions' => array(array('cmd' => 'assign_tag', 'tag_name' => "VIP & Friends = 100% + more [beta] ~*'()!#?/:;,"))),

    'non-ascii-lead' => $credentials + array(
        'lead' => array('email' => 'zoe@example.com', 'first_name' => 'Zoë Ñandú', 'last_name' => '日本語 😀',
            'city' => 'São Paulo', 'company' => 'Müller & Söhne GmbH'),
        'actions' => array(array('cmd' => 'edit_lead'))),

    'custom-fields-every-type' => $credentials + array(
        'lead' => array('id' => '77', 'email' => 'jane@example.com',
            'custom_fields' => array(
                array('field_identifier' => 'nickname', 'field_value' => 'JJ [the 2nd]'),
                array('field_identifier' => 'bio', 'field_value' => "line one\nline two\r\n= tabs\tand & more"),
                array('field_identifier' => 'favourite_colour', 'field_value' => '612'),
                array('field_identifier' => 'gender', 'field_value' => '2'),
                array('field_identifier' => 'interests', 'field_value' => array('620', '621', '622')),
                array('field_identifier' => 'old_notes', 'field_value' => ''))),
        'actions' => array(array('cmd' => 'edit_lead'))),

    'create-lead-with-follow-ups' => $credentials + array(
        'lead' => array('email' => 'new.lead@example.com', 'first_name' => 'New', 'phone' => '+1 555 0100'),
        'actions' => array(
            array('cmd' => 'create_lead'),
            array('cmd' => 'assign_tag', 'tag_name' => 'VIP'),
            array('cmd' => 'assign_tag', 'tag_name' => 'Buyer'),
            array('cmd' => 'subscribe_lead_to_list', 'list_name' => 'Newsletter'),
            array('cmd' => 'subscribe_lead_to_sequence_at_step', 'sequence_name' => 'Onboarding', 'step' => '1'),
            array('cmd' => 'give_points_to_lead', 'points' => 10))),

    'give-points-with-expiration' => $credentials + array(
        'lead' => array('email' => 'jane@example.com'),
        'actions' => array(array('cmd' => 'give_points_to_lead', 'points' => 25, 'expiration' => 30))),

    'create-custom-field-with-options' => $credentials + array(
        'actions' => array(array('cmd' => 'create_custom_field', 'custom_field_identifier' => 'shirt_size',
            'custom_field_type' => 'drop_down',
            'custom_field_options' => array(array('option_name' => 'S'), array('option_name' => 'M'),
                array('option_name' => 'L / XL'))))),

    'refund-transaction-partial' => $credentials + array(
        'actions' => array(array('cmd' => 'refund_transaction', 'transaction_id' => '792354', 'refund_amount' => '10.50'))),

    'edit-subscription-recurrence' => $credentials + array(
        'actions' => array(array('cmd' => 'edit_subscription', 'subscription_id' => '14833',
            'subscription_next_payment_date' => '2021-01-18 05:46',
            'subscription_amount' => '19.99',
            'subscription_recurrence' => array('recurring_period_1' => 'every 2 months', 'recurring_period_2' => 'yearly'),
            'subscription_installments_left' => 'until cancelled'))),

    'calendar-subscribe' => $credentials + array(
        'lead' => array('email' => 'jane@example.com'),
        'actions' => array(array('cmd' => 'calendar_subscribe', 'calendar_name' => 'Coaching Calls',
            'class_name' => '1:1 Strategy', 'starting_date' => '16 Jan 2030', 'starting_hour' => '15:00'))),
);

$dir = __DIR__ . '/../resources/wire';
foreach ($cases as $name => $array) {
    file_put_contents("$dir/$name.txt", http_build_query($array));
}
echo count($cases) . " fixtures written to $dir (PHP " . PHP_VERSION . ")\n";
