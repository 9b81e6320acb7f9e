// Placeholder until Storybook lands: prints how to try the core.
console.log('onplatform: Storybook is being set up. Try: npx tsx -e "import {detectContactInfo} from \'./src/core\'; console.log(detectContactInfo(\'ana@mail.co\'))"');
